package org.gkml.read;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands a stream of events to a handler running on a thread of its own, so that two stages of reading a big file
 * (parsing rows, assembling items, running the rules) use two cores. The handler sees every event, in the order
 * sent; events travel in batches through a short bounded queue, so memory holds a few thousand events whatever
 * the file's size.
 *
 * <p>Send everything, then call {@link #finish()} (also when sending failed): it waits until the handler has seen
 * all events, and rethrows what the handler threw. After the handler has thrown, the rest are dropped unseen.
 */
public final class Relay<E> {

  private static final int BATCH = 256;
  private static final int QUEUED_BATCHES = 16;
  /** The batch that tells the worker to stop. */
  private static final Object[] END = new Object[0];

  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
  private final Consumer<E> handler;
  private final Thread worker;
  private volatile Throwable failure;
  private Object[] batch = new Object[BATCH];
  private int size;
  private boolean finished;

  public Relay(Consumer<E> handler, String threadName) {
    this.handler = handler;
    this.worker = new Thread(this::work, threadName);
    worker.setDaemon(true);
    worker.start();
  }

  public void send(E event) {
    batch[size++] = event;
    if (size == BATCH) {
      flush();
    }
  }

  /**
   * Waits until the handler has seen every event sent; rethrows an unchecked exception or error the handler threw.
   * Idempotent.
   */
  public void finish() {
    if (!finished) {
      finished = true;
      flush();
      put(END);
      boolean interrupted = false;
      while (worker.isAlive()) {
        try {
          worker.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    Throwable t = failure;
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  private void flush() {
    if (size > 0) {
      Object[] full = size == BATCH ? batch : Arrays.copyOf(batch, size);
      batch = new Object[BATCH];
      size = 0;
      put(full);
    }
  }

  private void put(Object[] b) {
    try {
      queue.put(b);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    }
  }

  @SuppressWarnings("unchecked")
  private void work() {
    while (true) {
      Object[] b;
      try {
        b = queue.take();
      } catch (InterruptedException e) {
        continue; // only finish() ends the worker, by queueing END
      }
      if (b == END) {
        return;
      }
      if (failure != null) {
        continue; // drain, so the sender never blocks on a full queue
      }
      try {
        for (int i = 0; i < b.length; i++) {
          handler.accept((E) b[i]);
          b[i] = null;
        }
      } catch (Throwable t) {
        failure = t;
      }
    }
  }
}
