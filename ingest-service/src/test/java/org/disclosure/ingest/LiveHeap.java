package org.disclosure.ingest;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * How much the live heap of this JVM (where the service under test runs) grew while something ran: the heap
 * after a full collection when the watch starts, against the heap after each collection the JVM runs meanwhile,
 * so that garbage not yet collected does not count, only what was held. The collections come by themselves
 * (uploads allocate hundreds of megabytes); forcing them all along would stop the service under test.
 */
public final class LiveHeap implements AutoCloseable, NotificationListener {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final long baseline;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();

    private LiveHeap() {
        System.gc();
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        collectors.forEach(collector -> ((NotificationEmitter) collector).addNotificationListener(this, null, null));
    }

    public static LiveHeap watch() {
        return new LiveHeap();
    }

    /** The most the heap held after a collection above where it started, in bytes. */
    public long growth() {
        return Math.max(0, peak.get() - baseline);
    }

    /** Collections seen while watching: without any, {@link #growth()} says nothing. */
    public int collections() {
        return collections.get();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
        long used = after.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        peak.accumulateAndGet(used, Math::max);
        collections.incrementAndGet();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : collectors) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                // closed twice
            }
        }
    }
}
