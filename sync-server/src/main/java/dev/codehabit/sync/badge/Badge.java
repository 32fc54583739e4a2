package dev.codehabit.sync.badge;

/** What a badge says: shields.io's endpoint fields. */
public record Badge(String label, String message, String color) {
}
