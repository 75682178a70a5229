package org.gkml.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelayTest {

  @Test
  void handlerSeesEveryEventInOrderOnItsOwnThread() {
    List<Integer> seen = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    Relay<Integer> relay = new Relay<>(i -> {
      seen.add(i);
      if (threads.isEmpty()) {
        threads.add(Thread.currentThread().getName());
      }
    }, "relay-test");
    int n = 100_003; // not a multiple of the batch size: the last, partial batch must arrive too
    for (int i = 0; i < n; i++) {
      relay.send(i);
    }
    relay.finish();
    assertEquals(n, seen.size());
    for (int i = 0; i < n; i++) {
      assertEquals(i, seen.get(i));
    }
    assertEquals(List.of("relay-test"), threads);
    assertNotEquals("relay-test", Thread.currentThread().getName());
  }

  @Test
  void aFailingHandlerNeitherBlocksTheSenderNorIsLost() {
    IllegalStateException boom = new IllegalStateException("row 10");
    int[] calls = {0};
    Relay<Integer> relay = new Relay<>(i -> {
      calls[0]++;
      if (i == 10) {
        throw boom;
      }
    }, "relay-test");
    // Far more than the queue holds: after the failure the worker drains, so this returns.
    for (int i = 0; i < 200_000; i++) {
      relay.send(i);
    }
    IllegalStateException thrown = assertThrows(IllegalStateException.class, relay::finish);
    assertSame(boom, thrown);
    assertEquals(11, calls[0], "nothing after the failing event is handled");
    assertSame(boom, assertThrows(IllegalStateException.class, relay::finish), "finish stays idempotent");
  }

  @Test
  void errorsArriveAsThemselves() {
    Relay<Integer> relay = new Relay<>(i -> {
      throw new OutOfMemoryError("test");
    }, "relay-test");
    relay.send(1);
    assertEquals("test", assertThrows(OutOfMemoryError.class, relay::finish).getMessage());
  }
}
