package org.jointresearch.registry.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.junit.jupiter.api.Test;

/**
 * Elasticsearch finds the plugin's components only through named_components.json and builds them
 * by reflection, so these checks stand in for a node that would otherwise refuse to start.
 */
class NamedComponentsTest {

    private static final Path NAMED_COMPONENTS = Path.of("src/main/plugin/named_components.json");
    private static final List<Class<?>> EXTENSIBLES = List.of(
            AnalyzerFactory.class, CharFilterFactory.class, TokenFilterFactory.class, TokenizerFactory.class);

    @Test
    void namedComponentsFileListsExactlyTheAnnotatedClasses() throws IOException {
        Map<String, Map<String, String>> declared = new ObjectMapper()
                .readValue(NAMED_COMPONENTS.toFile(), new TypeReference<TreeMap<String, Map<String, String>>>() { });

        assertThat(declared).isEqualTo(scannedComponents());
    }

    @Test
    void everyComponentNameCarriesTheRegistryPrefix() {
        assertThat(namedClasses())
                .isNotEmpty()
                .allSatisfy(type -> assertThat(type.getAnnotation(NamedComponent.class).value()).startsWith("registry_"));
    }

    @Test
    void everyComponentHasOnePublicConstructorThatElasticsearchCanCall() {
        assertThat(namedClasses()).allSatisfy(type -> {
            assertThat(type.getConstructors()).hasSize(1);
            Constructor<?> constructor = type.getConstructors()[0];
            if (constructor.getParameterCount() > 0) {
                assertThat(constructor.isAnnotationPresent(Inject.class)).isTrue();
                assertThat(constructor.getParameterTypes()).allSatisfy(NamedComponentsTest::isReadableSettings);
            }
        });
    }

    private static void isReadableSettings(Class<?> settings) {
        assertThat(settings.isInterface()).isTrue();
        assertThat(Modifier.isPublic(settings.getModifiers())).isTrue();
        assertThat(settings.isAnnotationPresent(AnalysisSettings.class)).isTrue();
        // Elasticsearch answers each method from its one and only annotation.
        assertThat(settings.getDeclaredMethods()).extracting(Method::getAnnotations).allSatisfy(a -> assertThat(a).hasSize(1));
    }

    private static Map<String, Map<String, String>> scannedComponents() {
        Map<String, Map<String, String>> components = new TreeMap<>();
        for (Class<?> type : namedClasses()) {
            String name = type.getAnnotation(NamedComponent.class).value();
            components.computeIfAbsent(extensibleOf(type).getName(), key -> new TreeMap<>()).put(name, type.getName());
        }
        return components;
    }

    private static Class<?> extensibleOf(Class<?> type) {
        return EXTENSIBLES.stream().filter(extensible -> extensible.isAssignableFrom(type)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " implements no analysis extension point"));
    }

    private static List<Class<?>> namedClasses() {
        Path classes = classesDirectory();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .<Class<?>>map(file -> load(classes.relativize(file)))
                    .filter(type -> type.isAnnotationPresent(NamedComponent.class))
                    .toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + classes, e);
        }
    }

    private static Path classesDirectory() {
        try {
            return Path.of(TextAnalyzerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> load(Path classFile) {
        String name = classFile.toString().replace(classFile.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
        try {
            return Class.forName(name, false, NamedComponentsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
