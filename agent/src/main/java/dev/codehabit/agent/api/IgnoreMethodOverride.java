package dev.codehabit.agent.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Hides {@code X-HTTP-Method-Override}, which Javalin honours: a request is what its method says. Otherwise a
 * GET (which nothing guards as a change) could end a focus session.
 */
final class IgnoreMethodOverride implements Filter {
    static final String HEADER = "X-HTTP-Method-Override";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getHeader(HEADER) != null) {
            request = new HttpServletRequestWrapper(http) {
                @Override
                public String getHeader(String name) {
                    return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
                }

                @Override
                public Enumeration<String> getHeaders(String name) {
                    return HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
                }

                @Override
                public Enumeration<String> getHeaderNames() {
                    List<String> names = Collections.list(super.getHeaderNames());
                    names.removeIf(HEADER::equalsIgnoreCase);
                    return Collections.enumeration(names);
                }
            };
        }
        chain.doFilter(request, response);
    }
}
