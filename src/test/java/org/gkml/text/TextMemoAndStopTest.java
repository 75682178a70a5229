package org.gkml.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextMemoAndStopTest {

  @Test
  void withoutFinalStopIsTheRegexItReplaces() {
    for (String s : List.of("", "。", ".", "同上。", "同上.", "同上", "同上。。", "a。\n", "a.\r\n", "a。\u0085", "a\u0085",
        "a。\u2028", "。b", "a.b.", "\n", "\r\n", "。\r\n", "x\r", "等内容。")) {
      assertEquals(s.replaceAll("[。.]$", ""), Texts.withoutFinalStop(s), () -> "for " + s.replace("\n", "\\n"));
    }
  }

  @Test
  void memoComputesOncePerTextAndStaysBounded() {
    AtomicInteger runs = new AtomicInteger();
    TextMemo<String> memo = new TextMemo<>(3);
    String first = memo.get("a", t -> t + runs.incrementAndGet());
    assertSame(first, memo.get("a", t -> t + runs.incrementAndGet()));
    assertEquals(1, runs.get());
    for (String t : List.of("b", "c", "d", "e")) {
      memo.get(t, x -> x + runs.incrementAndGet());
    }
    assertEquals(5, runs.get());
    memo.get("a", t -> t + runs.incrementAndGet()); // forgotten when the table filled up: computed again
    assertEquals(6, runs.get());
  }

  @Test
  void anEqualTextInAnotherStringIsFoundAndManyTextsStayCorrect() {
    AtomicInteger runs = new AtomicInteger();
    TextMemo<Integer> memo = new TextMemo<>(1024);
    String text = "自收到申请之日起20个工作日内";
    String sameText = new String(text.toCharArray()); // equal, not the same object: as a reader rebuilding it
    int v = memo.get(text, t -> runs.incrementAndGet());
    assertEquals(v, memo.get(sameText, t -> runs.incrementAndGet()));
    assertEquals(v, memo.get(text, t -> runs.incrementAndGet()));
    assertEquals(1, runs.get());
    // Far more texts than it keeps (it empties when full): every answer is still the one for its own text.
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 5000; i++) {
        String t = "第" + i + "项";
        assertEquals(t.length() * 31 + i, memo.get(t, x -> x.length() * 31 + Integer.parseInt(x.substring(1,
            x.length() - 1))));
      }
    }
  }
}
