package dev.codehabit.agent.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Takes a class's log while a test provokes a failure on purpose: the records are kept for the test to check
 * (the failure was reported) instead of printing their stack traces into a passing build's output.
 */
public final class CapturedLog implements AutoCloseable {
    private final Logger logger;
    private final boolean parentHandlers;
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CapturedLog(Logger logger) {
        this.logger = logger;
        this.parentHandlers = logger.getUseParentHandlers();
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    public static CapturedLog of(Class<?> source) {
        return new CapturedLog(Logger.getLogger(source.getName()));
    }

    /** "message: thrown's message" of each record so far. */
    public List<String> lines() {
        synchronized (records) {
            return records.stream().map(r -> r.getMessage()
                    + (r.getThrown() == null ? "" : ": " + r.getThrown().getMessage())).toList();
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parentHandlers);
    }
}
