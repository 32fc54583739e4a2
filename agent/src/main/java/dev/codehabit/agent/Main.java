package dev.codehabit.agent;

/** Entry point; the real wiring lands with the agent core. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("CodeHabit agent");
    }
}
