package org.disclosure.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * How much the live heap of this JVM (where the service under test runs) grew while something ran: the heap is
 * measured after a full collection when the watch starts and then once a second until it is closed, so that only
 * what was held counts, not garbage that a young collection leaves in the old generation. Once a second, not more
 * often: back-to-back full collections would stop the service under test.
 */
public final class LiveHeap implements AutoCloseable {

    private static final long SAMPLE_EVERY_MILLIS = 1000;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long baseline;
    private final Thread sampler;
    private volatile long peak;
    private volatile int samples;
    private volatile boolean running = true;

    private LiveHeap() {
        baseline = liveNow();
        peak = baseline;
        sampler = Thread.ofPlatform().daemon().name("live-heap-sampler").start(this::sample);
    }

    public static LiveHeap watch() {
        return new LiveHeap();
    }

    /** The most the live heap held above where it started, in bytes. */
    public long growth() {
        return Math.max(0, peak - baseline);
    }

    /** Measurements taken while watching: without any, {@link #growth()} says nothing. */
    public int samples() {
        return samples;
    }

    @Override
    public void close() throws InterruptedException {
        if (!running) return;
        running = false;
        sampler.interrupt();
        sampler.join();
    }

    private void sample() {
        while (running) {
            try {
                Thread.sleep(SAMPLE_EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            peak = Math.max(peak, liveNow());
            samples++;
        }
    }

    private long liveNow() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
