import java.util.*;

class TokenGate {
    private final int accessTtl;
    private final Map<String, String> sessions = new HashMap<>();
    private final Map<String, Long> denied = new HashMap<>();
    private final PriorityQueue<Map.Entry<Long, String>> byExpiry = new PriorityQueue<>(Map.Entry.comparingByKey());
    private final Map<String, Integer> cutoff = new HashMap<>();

    public TokenGate(int accessTtl) {
        this.accessTtl = accessTtl;
    }

    public void login(String user, String sessionId) {
        sessions.put(sessionId, user);
    }

    public void logout(String sessionId) {
        sessions.remove(sessionId);
    }

    public boolean checkSession(String sessionId) {
        return sessions.containsKey(sessionId);
    }

    // Wrong: looks at the denylist before the expiry, so a revoked token that has expired reads "revoked".
    public String checkToken(String user, String jti, int iat, int now) {
        if (denied.containsKey(jti)) return "revoked";
        Integer cut = cutoff.get(user);
        if (cut != null && iat <= cut) return "revoked";
        if (now >= expiry(iat)) return "expired";
        return "ok";
    }

    public void revokeToken(String jti, int iat) {
        long exp = expiry(iat);
        denied.put(jti, exp);
        byExpiry.add(Map.entry(exp, jti));
    }

    public void logoutEverywhere(String user, int now) {
        sessions.values().removeIf(user::equals);
        cutoff.merge(user, now, Math::max);
    }

    public int denylistSize(int now) {
        while (!byExpiry.isEmpty() && byExpiry.peek().getKey() <= now) {
            Map.Entry<Long, String> e = byExpiry.poll();
            if (e.getKey().equals(denied.get(e.getValue()))) denied.remove(e.getValue());
        }
        return denied.size();
    }

    private long expiry(int iat) {
        return (long) iat + accessTtl;
    }
}
