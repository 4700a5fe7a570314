package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.awsemulator.server.api.WireNames;

/** Lets Jackson write the members {@link WireNames} marks as always present, even when empty. */
final class WireInclusion extends JacksonAnnotationIntrospector {

    private static final long serialVersionUID = 1L;
    private static final JsonInclude.Value ALWAYS =
            JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);

    private final transient WireNames names;

    WireInclusion(WireNames names) {
        this.names = names;
    }

    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
        if (annotated instanceof AnnotatedMember member
                && names.alwaysIncluded(member.getDeclaringClass(), member.getName())) {
            return ALWAYS;
        }
        return super.findPropertyInclusion(annotated);
    }
}
