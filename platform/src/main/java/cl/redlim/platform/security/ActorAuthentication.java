package cl.redlim.platform.security;

import cl.redlim.access.api.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** An authenticated caller: its principal is the {@link Actor} that commands will carry. */
public class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;
    private final String credentialId;

    public ActorAuthentication(Actor actor, String credentialId) {
        super(actor.role() == null ? List.of() : List.of(new SimpleGrantedAuthority(actor.role().authority())));
        this.actor = actor;
        this.credentialId = credentialId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    /** What rate limits count against: one API key, or one token subject. */
    public String credentialId() {
        return credentialId;
    }

    @Override
    public String getName() {
        return actor.principal();
    }
}
