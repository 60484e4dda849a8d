package org.example.observable.web;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body must be UTF-8 (RFC 8259): invalid bytes are a 400, not silently turned into U+FFFD and stored. The body
 * is already bounded by {@link RequestBodyLimitFilter} (or the endpoint's own limit) when it is read here.
 */
@Provider
@Dependent
@ConstrainedTo(RuntimeType.SERVER)
public class StrictUtf8Interceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw new BadRequestException("The request body is not valid UTF-8");
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
