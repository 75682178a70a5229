package org.gkml.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gkml.model.ChannelList;
import org.gkml.model.Element;
import org.gkml.model.Location;
import org.gkml.read.table.ChannelListReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 公开渠道和载体 cells as offices write them: boxes and their variants, or plain lists. */
class ChannelListReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "■政府网站 □政府公报 ■两微一端|GLYPHS|政府网站+,政府公报-,两微一端+",
      "■政府网站□便民服务站■入户/现场|GLYPHS|政府网站+,便民服务站-,入户/现场+",
      "口政府网站 ■公开查阅点|GLYPHS|政府网站-,公开查阅点+",
      "▄政府网站 ☐纸质媒体 ☑精准推送|GLYPHS|政府网站+,纸质媒体-,精准推送+",
      "t政府网站 t两微一端 □其他|GLYPHS|政府网站+,两微一端+,其他-",
      "■其他：国家企业信用信息公示系统|GLYPHS|其他+",
      "■政务服务中心（办事窗口）|GLYPHS|政务服务中心（办事窗口）+",
      "政府网站、政务服务中心|PLAIN|政府网站+,政务服务中心+",
      "1.政府网站 2.两微一端 3.公开查阅点|PLAIN|政府网站+,两微一端+,公开查阅点+",
      "政府网站；办事窗口|PLAIN|政府网站+,办事窗口+",
      "■政 府 网 站  □两微 一端|GLYPHS|政府网站+,两微一端-",
  })
  void reads(String cell, String style, String expected) {
    ChannelList list = ChannelListReader.read(Element.written(cell, Location.cell("f", "s", 2, 7)));
    assertEquals(ChannelList.Style.valueOf(style), list.style());
    assertEquals(List.of(expected.split(",")), list.marks().stream().map(m -> m.name() + (m.chosen() ? "+" : "-")).toList());
  }

  @ParameterizedTest
  @CsvSource({"■其他：国家企业信用信息公示系统,国家企业信用信息公示系统", "□其他_,"})
  void otherKeepsItsDetail(String cell, String detail) {
    ChannelList list = ChannelListReader.read(Element.written(cell, Location.cell("f", "s", 2, 7)));
    assertEquals(detail, list.marks().get(0).detail());
  }
}
