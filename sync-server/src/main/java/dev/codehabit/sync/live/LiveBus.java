package dev.codehabit.sync.live;

import java.util.function.Consumer;

/**
 * Carries "ranks changed" messages to every instance: through Redis pub/sub when configured, else within this
 * process. Each instance subscribes once and hands the message to its own open streams.
 */
public interface LiveBus extends AutoCloseable {
    void publish(String message);

    void subscribe(Consumer<String> listener);

    @Override
    void close();
}
