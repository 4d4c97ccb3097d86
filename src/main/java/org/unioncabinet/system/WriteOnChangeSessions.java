package org.unioncabinet.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions in PostgreSQL, written only when something changed. Spring Session JDBC writes a loaded session back
 * at the end of every request that touched it, because the last-access time moved, and rewrites every attribute a
 * request set, changed or not (Camunda's web apps set their authentication again at the end of each request). Here:
 * <ul>
 * <li>the last-access time is written only once it is {@code lastAccessWriteInterval} (60 s by default,
 * {@code cabinet.sessions.last-access-write-interval}) older than the stored one, so a session expires after its
 * 30 minutes of inactivity give or take that interval (at worst that much early), and a member clicking through
 * their steps costs one write a minute, not one per request;</li>
 * <li>an attribute set to a value whose serialized form equals what was loaded is not written. The comparison is
 * made when the session is saved, against the bytes of the value as loaded (taken before the value is handed to the
 * caller, who may change it in place), so a value changed in place after it was set is still written.</li>
 * </ul>
 * Fewer writes also mean fewer stale copies written over a concurrent request's change: Tasklist sends several
 * requests of one session at once, and each used to write back the authentication it had loaded.
 * <p>
 * Spring Session's filter looks a session up twice per request whose response was committed before the request
 * ended (once to serve it, once after saving it, for nothing). Within a {@linkplain #openRequestScope() request
 * scope}, opened by a filter around Spring Session's, a session is read from PostgreSQL once.
 */
final class WriteOnChangeSessions<S extends Session>
        implements FindByIndexNameSessionRepository<WriteOnChangeSessions.TrackedSession<S>>, DisposableBean {

    private static final SerializingConverter SERIALIZER = new SerializingConverter();

    private static final ThreadLocal<Map<String, TrackedSession<?>>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> sessions;

    private final Duration lastAccessWriteInterval;

    WriteOnChangeSessions(FindByIndexNameSessionRepository<S> sessions, Duration lastAccessWriteInterval) {
        this.sessions = sessions;
        this.lastAccessWriteInterval = lastAccessWriteInterval;
    }

    /** Stops the JDBC repository's clean-up of expired sessions, which Spring now only knows through this wrapper. */
    @Override
    public void destroy() throws Exception {
        if (sessions instanceof DisposableBean repository) {
            repository.destroy();
        }
    }

    /** Sessions read from now until {@link #closeRequestScope()} on this thread are read once. */
    static void openRequestScope() {
        READ_IN_THIS_REQUEST.set(new HashMap<>());
    }

    static void closeRequestScope() {
        READ_IN_THIS_REQUEST.remove();
    }

    @Override
    public TrackedSession<S> createSession() {
        return new TrackedSession<>(sessions.createSession(), true, lastAccessWriteInterval);
    }

    @Override
    public void save(TrackedSession<S> session) {
        session.applyChanges();
        sessions.save(session.stored);
    }

    @Override
    @SuppressWarnings("unchecked")
    public TrackedSession<S> findById(String id) {
        Map<String, TrackedSession<?>> read = READ_IN_THIS_REQUEST.get();
        if (read != null && read.containsKey(id)) {
            return (TrackedSession<S>) read.get(id);
        }
        S stored = sessions.findById(id);
        TrackedSession<S> session = stored == null ? null : new TrackedSession<>(stored, false, lastAccessWriteInterval);
        if (read != null && session != null) {
            read.put(id, session);
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Map<String, TrackedSession<?>> read = READ_IN_THIS_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
        sessions.deleteById(id);
    }

    @Override
    public Map<String, TrackedSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> new TrackedSession<>(entry.getValue(), false, lastAccessWriteInterval)));
    }

    /**
     * A stored session whose attribute changes are held until it is saved, then passed on only if their serialized
     * form differs from what was loaded; whose last-access time is passed on only once it moved far enough.
     */
    static final class TrackedSession<S extends Session> implements Session {

        /** An attribute removed in this request (a map of pending values cannot hold {@code null} for it). */
        private static final Object REMOVED = new Object();

        private final S stored;
        private final boolean isNew;
        private final Duration lastAccessWriteInterval;
        /** The serialized value of each attribute as loaded (or as last written), taken before anyone could change it. */
        private final Map<String, byte[]> loaded = new HashMap<>();
        private final Map<String, Object> pending = new LinkedHashMap<>();

        private TrackedSession(S stored, boolean isNew, Duration lastAccessWriteInterval) {
            this.stored = stored;
            this.isNew = isNew;
            this.lastAccessWriteInterval = lastAccessWriteInterval;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getAttribute(String attributeName) {
            if (pending.containsKey(attributeName)) {
                Object value = pending.get(attributeName);
                return value == REMOVED ? null : (T) value;
            }
            T value = stored.getAttribute(attributeName);
            if (value != null) {
                loaded.computeIfAbsent(attributeName, name -> serialize(value));
            }
            return value;
        }

        @Override
        public Set<String> getAttributeNames() {
            Set<String> names = new TreeSet<>(stored.getAttributeNames());
            pending.forEach((name, value) -> {
                if (value == REMOVED) {
                    names.remove(name);
                } else {
                    names.add(name);
                }
            });
            return names;
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            // the loaded bytes first: the caller never read this attribute, so the stored value is as loaded
            getAttribute(attributeName);
            pending.put(attributeName, attributeValue == null ? REMOVED : attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            setAttribute(attributeName, null);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (isNew || !lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(lastAccessWriteInterval))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(stored.getMaxInactiveInterval())) {
                stored.setMaxInactiveInterval(interval);
            }
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }

        /** Passes on the attributes that changed; Spring Session writes what it was passed. */
        private void applyChanges() {
            pending.forEach((name, value) -> {
                if (value == REMOVED) {
                    stored.removeAttribute(name);
                    loaded.remove(name);
                    return;
                }
                byte[] bytes = serialize(value);
                if (!Arrays.equals(bytes, loaded.get(name))) {
                    stored.setAttribute(name, value);
                    loaded.put(name, bytes);
                }
            });
            pending.clear();
        }

        private static byte[] serialize(Object value) {
            return SERIALIZER.convert(value);
        }
    }
}
