package org.disclosure.ingest.service;

import org.disclosure.contracts.events.SubmissionMetadata;

/** A report file as it arrived, with what the submitter told about it. */
public record Upload(String fileName, String contentType, byte[] bytes, SubmissionMetadata metadata) {
}
