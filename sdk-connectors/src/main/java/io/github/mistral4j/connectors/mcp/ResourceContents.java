package io.github.mistral4j.connectors.mcp;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.mistral4j.connectors.internal.ResourceContentsDeserializer;

/**
 * The contents of an {@link EmbeddedResource}: {@link TextResourceContents} (it has {@code
 * text}), {@link BlobResourceContents} (it has {@code blob}), or {@link UnknownResourceContents}
 * for any other shape (kept as received).
 */
@JsonDeserialize(using = ResourceContentsDeserializer.class)
public sealed interface ResourceContents
    permits TextResourceContents, BlobResourceContents, UnknownResourceContents {}
