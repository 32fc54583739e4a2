package dev.codehabit.agent.idle;

/** A source of global input events. The native one may block or fail in many ways; the supervisor contains that. */
public interface InputHook {
    /** Starts delivering events into the counter; throws if the platform refuses. */
    void start(InputCounter counter) throws Exception;

    void stop() throws Exception;
}
