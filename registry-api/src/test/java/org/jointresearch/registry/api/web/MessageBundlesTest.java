package org.jointresearch.registry.api.web;

import org.jointresearch.registry.core.agreement.AgreementKind;
import org.jointresearch.registry.core.agreement.AgreementStatus;
import org.jointresearch.registry.core.centre.CentreStatus;
import org.jointresearch.registry.core.institution.InstitutionKind;
import org.jointresearch.registry.core.programme.ProgrammeKind;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every interface string exists in both languages, every status, kind and role the pages show included. */
class MessageBundlesTest {

    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(ProjectStatus.class, ProjectRole.class,
            InstitutionKind.class, AgreementKind.class, AgreementStatus.class, CentreStatus.class, ProgrammeKind.class);

    @Test
    void theChineseBundleHasExactlyTheKeysOfTheEnglishOne() throws IOException {
        var english = bundle("messages.properties");
        var chinese = bundle("messages_zh.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(chinese.stringPropertyNames()).allSatisfy(key -> assertThat(chinese.getProperty(key)).isNotBlank());
    }

    @Test
    void everyLabelledValueHasItsWordsInBothLanguages() {
        var localizers = Stream.of(Language.values()).map(new WebMessages()::of).toList();

        LABELLED.stream().flatMap(type -> Stream.of(type.getEnumConstants())).forEach(value -> localizers.forEach(localizer ->
                assertThat(localizer.lookup(value.getDeclaringClass().getSimpleName() + "." + value.name()))
                        .isNotBlank()));
    }

    @Test
    void englishStaysEnglishWhateverTheServersOwnLocale() {
        var before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(new WebMessages().of(Language.EN).lookup("registry.name")).isEqualTo("Joint Research Registry");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
