package org.disclosure.ingest.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Posts one file as multipart form data with the JDK's HTTP client, which sends the caller's byte array as it is.
 * The heap tests run the client in the service's JVM: RestAssured's client holds several copies of a large request
 * body while it is sent (about 25 times a 14 MB body, measured), which would be counted as the service's heap.
 */
record StreamedUpload(int status, String body) {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static StreamedUpload post(URI uri, String token, String fileName, byte[] bytes)
            throws IOException, InterruptedException {
        String boundary = "disclosure-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, bytes, tail)))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return new StreamedUpload(response.statusCode(), response.body());
    }
}
