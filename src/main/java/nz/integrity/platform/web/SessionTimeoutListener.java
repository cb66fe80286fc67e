package nz.integrity.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Applies the configured idle timeout to every new session. */
@WebListener
public class SessionTimeoutListener implements HttpSessionListener {

    @Inject
    SessionPolicy policy;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(policy.idleSeconds());
    }
}
