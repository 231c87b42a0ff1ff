package org.lifeline.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one way an event's facts become the trail's details: every record component by name, its value as text, null
 * components left out, a map component's entries taken as details of their own. The chain's hash is computed over
 * the JSON of this map, so the rule must stay the same for every event.
 */
final class EventDetails {

    private EventDetails() {}

    static Map<String, String> of(SecurityEvent event) {
        Map<String, String> details = new TreeMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value = valueOf(component, event);
            if (value instanceof Map<?, ?> entries) {
                entries.forEach((key, text) -> details.putIfAbsent(String.valueOf(key), String.valueOf(text)));
            } else if (value != null) {
                details.put(component.getName(), String.valueOf(value));
            }
        }
        return details;
    }

    private static Object valueOf(RecordComponent component, SecurityEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + event.type(), e);
        }
    }
}
