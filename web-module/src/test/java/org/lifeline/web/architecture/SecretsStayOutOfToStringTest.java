package org.lifeline.web.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A record's generated {@code toString} prints every component, so a record that carries a code, a recovery code, a
 * secret or a token ends up whole in a log line or an exception message the day someone logs it. Every such record,
 * in the domain and in the REST adapter, is built here with a marker in those components and must not print it.
 */
class SecretsStayOutOfToStringTest {

    /** Component names that hold what logs must never contain. */
    private static final Set<String> SECRET_NAMES = Set.of(
            "code",
            "codes",
            "recoveryCode",
            "recoveryCodes",
            "secret",
            "base32Secret",
            "otpauthUri",
            "token",
            "cancelToken");

    /** Records whose component of such a name is no secret: a problem's {@code code} is its public word. */
    private static final Set<String> NOT_SECRETS = Set.of("org.lifeline.web.problem.Problem");

    private static final String MARKER = "MARKER4711SECRET";

    private static final Map<Class<?>, Object> PLAIN = Map.of(
            int.class, 6, long.class, 30L, boolean.class, false, Instant.class, Instant.EPOCH, Map.class, Map.of());

    @Test
    void noRecordPrintsItsSecrets() throws Exception {
        List<String> printed = new ArrayList<>();
        int checked = 0;
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lifeline")) {
            if (!type.isRecord() || NOT_SECRETS.contains(type.getName())) {
                continue;
            }
            Class<?> record = type.reflect();
            if (!holdsASecret(record)) {
                continue;
            }
            checked++;
            // one secret component at a time holds the marker (the others null), since some records accept
            // exactly one of their codes
            for (RecordComponent secret : record.getRecordComponents()) {
                if (SECRET_NAMES.contains(secret.getName())) {
                    String text = sample(record, secret.getName()).toString();
                    if (text.contains(MARKER)) {
                        printed.add(record.getName() + "." + secret.getName() + ": " + text);
                    }
                }
            }
        }
        assertTrue(checked >= 5, "the scan found the records that carry codes: " + checked);
        assertFalse(!printed.isEmpty(), () -> "records whose toString prints a secret:\n" + String.join("\n", printed));
    }

    private static boolean holdsASecret(Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (SECRET_NAMES.contains(component.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The record with the marker in component {@code marked} (a string, or a list of one), the other secret
     * components null, plain values elsewhere.
     */
    private static Object sample(Class<?> record, String marked) throws ReflectiveOperationException {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            types[i] = t;
            String text = components[i].getName().equals(marked)
                    ? MARKER
                    : SECRET_NAMES.contains(components[i].getName()) ? null : "x";
            values[i] = t == String.class ? text : t == List.class ? (text == null ? null : List.of(text)) : plain(t);
        }
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    /** A plain value of a component that holds no text: numbers a record would accept, the epoch, an enum's first. */
    private static Object plain(Class<?> type) {
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return PLAIN.get(type);
    }
}
