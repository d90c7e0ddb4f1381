package org.jointresearch.registry.search.analysis;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Settings as Elasticsearch hands them to a component whose index defines none: a proxy that
 * answers each method with its annotation's default.
 */
final class DefaultSettings {

    private DefaultSettings() {
    }

    static <T> T of(Class<T> settingsType) {
        Object proxy = Proxy.newProxyInstance(settingsType.getClassLoader(), new Class<?>[] {settingsType},
                (self, method, args) -> defaultOf(method));
        return settingsType.cast(proxy);
    }

    private static Object defaultOf(Method method) {
        if (method.getAnnotation(IntSetting.class) instanceof IntSetting setting) {
            return setting.defaultValue();
        }
        if (method.getAnnotation(BooleanSetting.class) instanceof BooleanSetting setting) {
            return setting.defaultValue();
        }
        if (method.getAnnotation(StringSetting.class) instanceof StringSetting setting) {
            return setting.defaultValue();
        }
        throw new IllegalStateException(method + " carries no setting annotation");
    }
}
