package org.alliancetracker.web;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods each address answers, for the {@code Allow} header that RFC 9110 requires on a 405. RESTEasy Reactive
 * answers OPTIONS with that list but sends its 405 without it, so the list is read once here from the resource
 * classes' own annotations.
 */
@ApplicationScoped
public class AllowedMethods {

    /** An address template as a pattern, and the methods declared for it. */
    private record Route(Pattern path, Set<String> methods) {
    }

    private final List<Route> routes;

    @Inject
    AllowedMethods(BeanManager beans) {
        // Keyed by regex, so that templates that differ only in their variables' names share one route.
        Map<String, Set<String>> methodsByRegex = new HashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path classPath = bean.getBeanClass().getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod != null) {
                    Path methodPath = method.getAnnotation(Path.class);
                    String template = classPath.value() + "/" + (methodPath == null ? "" : methodPath.value());
                    methodsByRegex.computeIfAbsent(patternOf(template).pattern(), r -> new TreeSet<>()).add(httpMethod);
                }
            }
        }
        routes = methodsByRegex.entrySet().stream()
                .map(e -> new Route(Pattern.compile(e.getKey()), Set.copyOf(e.getValue()))).toList();
    }

    /** The methods the path answers, HEAD with GET and OPTIONS always, in order; empty for an unknown path. */
    public Set<String> at(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                allowed.addAll(route.methods());
            }
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    private static String httpMethodOf(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /**
     * A JAX-RS path template as a pattern: literal text, {@code {name}} for one segment, {@code {name: regex}} for
     * its own expression (which may hold braces, as in {@code \d{4}}); a trailing slash is optional.
     */
    static Pattern patternOf(String template) {
        String path = ("/" + template).replaceAll("/{2,}", "/");
        StringBuilder regex = new StringBuilder();
        int literalFrom = 0;
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) != '{') {
                i++;
                continue;
            }
            regex.append(Pattern.quote(path.substring(literalFrom, i)));
            int depth = 0;
            int end = i;
            do {
                char c = path.charAt(end);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                end++;
            } while (depth > 0);
            String variable = path.substring(i + 1, end - 1);
            int colon = variable.indexOf(':');
            regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).strip()).append(')');
            i = end;
            literalFrom = end;
        }
        String rest = path.substring(literalFrom);
        regex.append(Pattern.quote(rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest)).append("/?");
        return Pattern.compile(regex.toString());
    }
}
