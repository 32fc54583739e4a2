-- A bridge's end signal may share time, entity and source with the heartbeat that opened the span (a span
-- that ends within one tick). It is a different event: the duplicate key now includes the signal.
DROP INDEX heartbeat_dedup;
CREATE UNIQUE INDEX heartbeat_dedup ON heartbeat (time, entity, source, coalesce(signal, ''));
