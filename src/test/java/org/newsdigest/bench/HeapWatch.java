package org.newsdigest.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak of the whole heap's used bytes while it is open: the largest of the total heap use a
 * daemon thread reads every {@link #PERIOD_MS} ms and of the total use each garbage collection
 * reports just before it ran (the moments the heap is fullest, which sampling alone can miss).
 * Unlike the sum of each pool's own peak, which eden, survivor and old space reach at different
 * moments, this never exceeds what the heap held at one moment.
 */
final class HeapWatch implements AutoCloseable {
  static final long PERIOD_MS = 5;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener beforeGc = this::onGc;

  HeapWatch() {
    record(memory.getHeapMemoryUsage().getUsed());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(beforeGc, null, null);
        emitters.add(emitter);
      }
    }
    sampler = new Thread(this::sample, "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (!Thread.currentThread().isInterrupted()) {
      record(memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(PERIOD_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void onGc(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
        .equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    // Only heap pools: the before-GC map also holds metaspace and the code cache.
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        MemoryUsage before = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
        if (before != null) {
          used += before.getUsed();
        }
      }
    }
    record(used);
  }

  private void record(long used) {
    peak.accumulateAndGet(used, Math::max);
  }

  /** The peak so far, in bytes. */
  long peakBytes() {
    return peak.get();
  }

  @Override
  public void close() {
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(beforeGc);
      } catch (ListenerNotFoundException e) {
        // already gone: nothing to undo
      }
    }
  }

  /** The milliseconds all garbage collectors report having spent so far. */
  static long collectionMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, gc.getCollectionTime());
    }
    return millis;
  }

  /** Heap bytes still in use after a full collection: what the live objects hold. */
  static long liveBytes() {
    System.gc();
    System.gc(); // a second pass collects what finalisation or reference clearing let go
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
