package org.disclosure.ingest.service;

/** One file of a zip batch: its bytes, or the reason it was refused (then bytes is null). */
public record BatchEntry(String name, byte[] bytes, String problem) {

    static BatchEntry accepted(String name, byte[] bytes) {
        return new BatchEntry(name, bytes, null);
    }

    static BatchEntry refused(String name, String problem) {
        return new BatchEntry(name, null, problem);
    }

    public boolean isAccepted() {
        return problem == null;
    }

    /** The same verdict without the bytes, for a survey of the batch that keeps none. */
    BatchEntry withoutBytes() {
        return new BatchEntry(name, null, problem);
    }
}
