package nz.integrity;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import nz.integrity.audit.rest.AuditResource;
import nz.integrity.investigation.rest.CasesResource;
import nz.integrity.party.rest.ClientResource;
import nz.integrity.party.rest.RecipientResource;
import nz.integrity.platform.json.JsonInputException;
import nz.integrity.platform.json.StrictJson;
import nz.integrity.request.rest.RequestsResource;
import nz.integrity.review.rest.ReviewResource;
import nz.integrity.staff.rest.DelegationResource;
import nz.integrity.staff.rest.StaffResource;
import nz.integrity.staff.rest.TeamResource;
import nz.integrity.staff.rest.TrainingResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every JSON body the REST API takes is a record the strict reader can bind: a sample document of the right types
 * binds, and the same document with each field given the wrong type is refused naming that field. A body type the
 * reader cannot handle would otherwise surface as a 500 at run time.
 */
class ApiBodiesBindStrictlyTest {

    private static final List<Class<?>> RESOURCES = List.of(CasesResource.class, ClientResource.class,
            RecipientResource.class, RequestsResource.class, ReviewResource.class, DelegationResource.class,
            StaffResource.class, TeamResource.class, TrainingResource.class, AuditResource.class);

    @Test
    @DisplayName("issue 9 items 7 and 8: every API body binds strictly and names a wrongly typed field")
    void everyBodyBindsAndRefusesWrongTypes() {
        List<Class<?>> bodies = bodies();
        assertFalse(bodies.isEmpty());
        for (Class<?> body : bodies) {
            String sample = sample(body);
            assertNotNull(StrictJson.read(bytes(sample), body), body.getName());
            for (RecordComponent component : body.getRecordComponents()) {
                String wrong = sample.replace("\"" + component.getName() + "\":" + sample(component.getGenericType()),
                        "\"" + component.getName() + "\":" + wrongFor(component.getType()));
                JsonInputException refused = assertThrows(JsonInputException.class,
                        () -> StrictJson.read(bytes(wrong), body), body.getName() + "." + component.getName() + ": " + wrong);
                assertEquals(component.getName(), refused.field().replaceAll("[\\[.].*", ""), wrong);
            }
        }
    }

    private static List<Class<?>> bodies() {
        List<Class<?>> bodies = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(POST.class) && !method.isAnnotationPresent(PUT.class)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.getType().isRecord() && !parameter.isAnnotationPresent(PathParam.class)
                            && !parameter.isAnnotationPresent(QueryParam.class)) {
                        bodies.add(parameter.getType());
                    }
                }
            }
        }
        return bodies;
    }

    private static String sample(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return "\"x\"";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return "1";
        }
        if (raw == LocalDate.class) {
            return "\"2024-03-01\"";
        }
        if (raw.isEnum()) {
            return "\"" + ((Enum<?>) raw.getEnumConstants()[0]).name() + "\"";
        }
        if (raw == List.class || raw == Set.class) {
            return "[" + sample(((ParameterizedType) type).getActualTypeArguments()[0]) + "]";
        }
        if (raw == Map.class) {
            return "{\"k\":" + sample(((ParameterizedType) type).getActualTypeArguments()[1]) + "}";
        }
        StringBuilder json = new StringBuilder("{");
        for (RecordComponent component : raw.getRecordComponents()) {
            json.append(json.length() > 1 ? "," : "").append('"').append(component.getName()).append("\":")
                    .append(sample(component.getGenericType()));
        }
        return json.append('}').toString();
    }

    private static String wrongFor(Class<?> type) {
        return type == String.class || type.isEnum() || type == LocalDate.class ? "123" : "\"x\"";
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
