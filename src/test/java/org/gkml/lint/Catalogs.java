package org.gkml.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** YAML catalogs for the lint tests, with known defects at known lines. */
public final class Catalogs {

  private Catalogs() {}

  public static final String HEADER = """
      catalog: 测试县义务教育领域基层政务公开标准目录
      field: 义务教育
      region: 测试县
      items:
      """;

  /** A complete item: no rule fires. */
  public static String cleanItem(String id, String name) {
    return """
          - id: %s
            topic: 招生入学
            item: %s
            content: 招生计划、招生范围
            basis:
              - 《中华人民共和国义务教育法》
            deadline: 信息形成或者变更之日起20个工作日内
            owner: 测试县教育局
            channels: [政府网站, 公开查阅点]
            audience: 全社会
            mode: 主动
            levels: [县级, 乡级]
        """.formatted(id, name);
  }

  /**
   * Line 5 starts item T-001, which has no deadline key (deadline-missing at 5:5, the item) and an audience on a
   * continuation line naming both options (audience-not-one at 14:7, the value).
   */
  public static final String DEFECTS = HEADER + """
        - id: T-001
          topic: 招生入学
          item: 招生政策
          content: 招生入学政策文件、划片范围
          basis:
            - 《中华人民共和国政府信息公开条例》（国务院令第711号）
          owner: 测试县教育局
          channels: [政府网站]
          audience:
            全社会、特定群体
          mode: 主动
          levels: [县级]
      """;

  public static final String CLEAN = HEADER + cleanItem("T-101", "招生计划") + cleanItem("T-102", "招生范围");

  public static final String EMPTY = HEADER.replace("items:\n", "items: []\n");

  public static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }
}
