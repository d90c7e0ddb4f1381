package org.jointresearch.registry.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.ConfigurationInterceptUrlMapRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.ExecutorService;

/**
 * Applies the {@link AccessPolicy} to every routed request, ahead of Micronaut's own rules; requests no
 * route matches (static files, unknown paths) are left to answer 404 or 405. Security then answers a
 * refusal 401 to anonymous callers and 403 to signed-in ones.
 */
@Singleton
class AccessRule implements SecurityRule<HttpRequest<?>> {

    static final int ORDER = ConfigurationInterceptUrlMapRule.ORDER - 100;

    private final AccessPolicy policy;
    /** Lookups in the database must not run on the event loop the security filter runs on. */
    private final Scheduler blocking;

    AccessRule(AccessPolicy policy, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.policy = policy;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication caller) {
        var route = request == null ? null
                : request.getAttribute(HttpAttributes.ROUTE_MATCH, UriRouteMatch.class).orElse(null);
        if (route == null) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        var access = AccessPolicy.required(request.getMethod(), route.getRouteInfo().getUriMatchTemplate().toString());
        var decision = Mono.fromCallable(() -> policy.permits(access, caller, route.getVariableValues())
                ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
        return access.needsRecords() ? decision.subscribeOn(blocking) : decision;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
