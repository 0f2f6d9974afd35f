package org.glossa.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.glossa.content.control.AltText;
import org.glossa.content.control.DeclaredType;
import org.glossa.content.control.ImageInspector;
import org.glossa.content.control.RejectedImageException;
import org.glossa.content.entity.VerifiedImage;
import org.glossa.problem.Problem;
import org.glossa.security.entity.Role;

/**
 * Image uploads (cover images; feed enclosures announce their type and length).
 *
 * <p>Decisions: the type is what {@link ImageInspector} reads from the bytes; a declared Content-Type or a
 * file name that disagrees is a 415, not silently corrected. Sizes are enforced while reading: the request
 * body by {@link RequestBodyLimit}, the file part here by reading at most one byte past the limit. Every
 * check runs before anything is written, and the write is one transaction, so a refused upload leaves nothing
 * behind. The same bytes uploaded again answer 200 with the media already stored.
 */
@Path("media")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media", description = "Images, verified from their bytes, that posts use as cover images")
@SecurityRequirement(name = "basic")
public class MediaResource {

    @Inject
    MediaLibrary library;

    @Inject
    UploadLimit limit;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @LimitedRequestBody
    @Operation(
            summary = "Upload an image",
            description = "PNG, JPEG, GIF or WebP. The type and dimensions are read from the bytes; a declared "
                    + "Content-Type or file-name extension that disagrees is refused. Uploading the same bytes "
                    + "again returns the media already stored.")
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location is the new media",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MediaView")))
    @APIResponse(
            responseCode = "200",
            description = "The same bytes were already stored: that media",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MediaView")))
    @APIResponse(
            responseCode = "400",
            description = "No part named file, or an invalid alt text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in without the owner role")
    @APIResponse(
            responseCode = "413",
            description = "The file is over the upload limit or has too many pixels",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "415",
            description = "Not a PNG, JPEG, GIF or WebP image, or declared as " + "something it is not",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response upload(
            @FormParam("file")
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema =
                                                    @Schema(
                                                            type = SchemaType.OBJECT,
                                                            requiredProperties = "file",
                                                            properties = {
                                                                @SchemaProperty(
                                                                        name = "file",
                                                                        type = SchemaType.STRING,
                                                                        format = "binary",
                                                                        description =
                                                                                "The image: PNG, JPEG, GIF or WebP, 10 MiB at most by default"),
                                                                @SchemaProperty(
                                                                        name = "alt",
                                                                        type = SchemaType.STRING,
                                                                        maxLength = AltText.MAX_CODE_POINTS,
                                                                        description =
                                                                                "Text alternative in the post's source language")
                                                            })))
                    EntityPart file,
            @FormParam("alt") EntityPart alt) {
        if (file == null) {
            return Problem.invalidField("file", "is required: a multipart/form-data part named file holding the image")
                    .toResponse();
        }
        String altText;
        try {
            altText = AltText.normalize(
                    alt == null
                            ? null
                            : PartContent.utf8(
                                    alt,
                                    AltText.MAX_UTF8_BYTES,
                                    "is longer than " + AltText.MAX_CODE_POINTS + " characters"));
        } catch (IllegalArgumentException e) {
            return Problem.invalidField("alt", e.getMessage()).toResponse();
        } catch (IOException e) {
            return Problem.invalidField("alt", "could not be read: " + e.getMessage())
                    .toResponse();
        }
        VerifiedImage image;
        try {
            image = ImageInspector.verify(PartContent.bytes(file, limit.maxBytes())
                    .orElseThrow(() -> new UploadTooLargeException(limit.maxBytes())));
        } catch (IOException e) {
            return Problem.invalidField("file", "could not be read: " + e.getMessage())
                    .toResponse();
        } catch (RejectedImageException e) {
            return e.reason() == RejectedImageException.Reason.TOO_MANY_PIXELS
                    ? fileProblem("/problems/upload-too-large", "Upload too large", 413, e.getMessage())
                    : unsupported(e.getMessage());
        }
        String declared = file.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        var conflict = DeclaredType.conflict(
                image.mimeType(), declared, file.getFileName().orElse(null));
        if (conflict.isPresent()) {
            return unsupported(conflict.get());
        }
        MediaLibrary.Stored stored = store(image, altText);
        return stored.created()
                ? Response.created(location(stored.media()))
                        .entity(stored.media())
                        .build()
                : Response.ok(stored.media()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "What was verified about an image")
    @APIResponse(
            responseCode = "200",
            description = "The media",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MediaView")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "404",
            description = "No such media",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public MediaView get(@Parameter(description = "Media id", required = true) @PathParam("id") long id) {
        if (id < 1) {
            throw new BadRequestException(Problem.invalidField("id", "must be a whole number of 1 or more")
                    .toResponse());
        }
        return library.find(id).orElseThrow(() -> new NotFoundException("no media " + id));
    }

    /** A root-relative path: the API makes it absolute on its configured URL, never on the request's Host. */
    private static URI location(MediaView media) {
        return URI.create("/api/v1/media/" + media.id());
    }

    private MediaLibrary.Stored store(VerifiedImage image, String altText) {
        try {
            return library.store(image, altText);
        } catch (MediaAlreadyStoredException e) {
            return new MediaLibrary.Stored(library.findBySha256(image.sha256()).orElseThrow(() -> e), false);
        }
    }

    private static Response unsupported(String message) {
        return fileProblem("/problems/unsupported-media-type", "Unsupported media type", 415, message);
    }

    private static Response fileProblem(String type, String title, int status, String message) {
        return new Problem(type, title, status, "file: " + message, List.of(new Problem.FieldError("file", message)))
                .toResponse();
    }
}
