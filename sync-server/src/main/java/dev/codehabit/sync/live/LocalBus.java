package dev.codehabit.sync.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The one-process bus: a message reaches this instance's subscribers only. */
public final class LocalBus implements LiveBus {
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(String message) {
        listeners.forEach(l -> l.accept(message));
    }

    @Override
    public void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
