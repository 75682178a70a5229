package org.gkml.text;

import java.util.HashMap;
import java.util.Map;

/** Normalisation of the text county tables are written in. */
public final class Texts {

  private Texts() {}

  /**
   * Traditional → Simplified pairs for the characters that government tables use. Real catalogs arrive with
   * headers such as 公開事項 (copied from Taiwan or Hong Kong templates, or typed with a Traditional IME).
   * Only characters whose Traditional form is never a valid Simplified character are listed.
   */
  private static final String TRAD_SIMP_PAIRS =
      "開开 關关 項项 內内 據据 時时 體体 載载 對对 層层 級级 縣县 鄉乡 鎮镇 動动 請请 會会 眾众 務务 區区 這这 為为"
          + " 與与 產产 機机 構构 認认 證证 許许 處处 罰罚 強强 徵征 給给 賠赔 決决 確确 獎奖 勵励 檢检 類类 規规"
          + " 劃划 條条 辦办 間间 質质 農农 業业 醫医 療疗 衛卫 藥药 劑剂 險险 養养 戶户 遷迁 學学 義义 資资 訊讯"
          + " 網网 頁页 電电 話话 現现 場场 報报 紙纸 廣广 視视 聽听 發发 計计 統统 財财 稅税 費费 預预 審审 準准"
          + " 監监 環环 護护 營营 經经 濟济 貸贷 補补 貼贴 災灾 難难 賑赈 貧贫 窮穷 幫帮 殘残 兒儿 單单 員员 職职"
          + " 稱称 專专 聯联 繫系 傳传 達达 歲岁 齡龄 圖图 書书 館馆 藝艺 術术 號号 門门 東东 車车 馬马 魚鱼 鳥鸟"
          + " 風风 飛飞 龍龙 變变 況况 歸归 屬属 應应 優优 撫抚 軍军 滅灭 燈灯 爐炉 燒烧 熱热 氣气 溫温 測测 節节"
          + " 約约 總总 綜综 執执 權权 責责 問问 題题 閱阅 覽览 點点 園园 樓楼 設设 備备 築筑 償偿 擬拟 調调 結结"
          + " 實实 導导 則则 標标 範范 圍围 詢询 訴诉 舉举 議议 論论 評评 價价 選选 擇择 錄录 團团 黨党 幹干 領领"
          + " 負负 勞劳 殯殡 記记 遺遗 繼继 親亲 貫贯 國国 際际 華华 僑侨 臺台 灣湾 鄰邻 離离 異异 歷历 紀纪 軟软"
          + " 碼码 編编 壓压 縮缩 檔档 讀读 寫写 說说 語语 詞词 換换 輸输 線线 絡络 驗验 試试 鑒鉴 倉仓 儲储 運运"
          + " 買买 賣卖 錢钱 銀银 貨货 幣币 貿贸 廠厂 礦矿 採采 漁渔 種种 獸兽 飲饮 廳厅 飯饭 蘭兰 鹽盐 礎础 紅红"
          + " 綠绿 藍蓝 黃黄 島岛 嶺岭 陽阳 陰阴 雲云 溝沟 壩坝 塊块 墾垦 廢废 棄弃 蟲虫 雜杂 糧粮 麥麦 從从 們们"
          + " 個个 麼么 樣样 還还 後后 裡里 裏里 頭头 見见 覺觉 愛爱 聲声 態态 憑凭 戰战 擔担 擴扩 數数 斷断 無无"
          + " 暫暂 來来 極极 樂乐 歡欢 漢汉 潔洁 爭争 獨独 獻献 畫画 當当 盡尽 禮礼 穩稳 競竞 筆笔 簡简 納纳 細细"
          + " 組组 終终 絕绝 絲丝 綱纲 緊紧 練练 績绩 續续 習习 聖圣 腦脑 興兴 舊旧 莊庄 萬万 葉叶 蓋盖 衝冲 裝装"
          + " 製制 複复 觀观 訂订 診诊 該该 詳详 誤误 課课 謝谢 識识 譯译 讓让 貢贡 販贩 貴贵 賓宾 賞赏 賬账 購购"
          + " 贈赠 跡迹 踐践 軌轨 較较 輔辅 輕轻 輛辆 輪轮 轉转 連连 週周 進进 遊游 過过 違违 遠远 適适 邊边 郵邮"
          + " 釋释 針针 錯错 鐵铁 長长 閉闭 閒闲 陸陆 陳陈 隊队 隨随 雙双 靜静 響响 頂顶 順顺 須须 頻频 額额 顏颜"
          + " 顧顾 顯显 驅驱 鬥斗 齊齐 羣群 衆众 綫线 著著 蒐搜 佈布 製制 匯汇 滙汇 捐捐 贊赞 協协 助助 聘聘 僱雇"
          + " 傷伤 殤殇 喪丧 災灾 穀谷 瀕濒 濱滨 溼湿 濕湿 灘滩 牆墙 壞坏 壇坛 獄狱 訟讼 詐诈 騙骗 賭赌 毒毒 罪罪"
          + " 軍军 兵兵 銜衔 勳勋 鄉乡 鎭镇 並并 佔占 俠侠 側侧 偵侦 傑杰 價价 儀仪 億亿 優优 兩两 冊册 凍冻 劉刘"
          + " 劍剑 勢势 區区 協协 廠厂 厲厉 參参 叢丛 吳吴 啓启 員员 嚴严 團团 圓圆 壯壮 壽寿 奪夺 奮奋 婦妇 媽妈"
          + " 孫孙 寶宝 審审 寬宽 導导 屆届 峽峡 嶽岳 幣币 廟庙 廠厂 彈弹 徑径 憲宪 懸悬 戲戏 擁拥 據据 攜携 敘叙";

  /** Indexed by char (0 = no Simplified form): a lookup per char of every cell, so no boxing, no hashing. */
  private static final char[] SIMPLIFIED = new char[Character.MAX_VALUE + 1];

  static {
    for (String pair : TRAD_SIMP_PAIRS.split(" ")) {
      if (pair.length() == 2 && pair.charAt(0) != pair.charAt(1)) {
        SIMPLIFIED[pair.charAt(0)] = pair.charAt(1);
      }
    }
  }

  /** True for blanks a spreadsheet cell may carry: ASCII and full-width spaces, NBSP, line breaks, zero-width marks. */
  public static boolean isBlankChar(char c) {
    // Fast paths first: this runs for every char of every cell, and Character.isWhitespace looks CJK chars up in
    // a table. Below the space, Java's whitespace is \t-\r and \u001c-\u001f; between the space and NBSP, none;
    // above the ideographic space, only the BOM counts here.
    if (c <= ' ') {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c';
    }
    if (c < '\u00a0') {
      return false;
    }
    if (c > '\u3000') {
      return c == '\ufeff';
    }
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\u200c'
        || c == '\u200d' || c == '\u2028' || c == '\u2029';
  }

  /**
   * What one char becomes in {@code toSimplified(toHalfWidth(compact(s)))}, or 0 where compact drops it: lets a
   * caller normalise a text char by char without building the three strings.
   */
  public static char normalChar(char c) {
    if (isBlankChar(c)) {
      return 0;
    }
    char h = c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c;
    char simp = SIMPLIFIED[h];
    return simp != 0 ? simp : h;
  }

  /**
   * Same as {@code s != null && !s.isBlank()} (Java's whitespace), answered from the first char for nearly every
   * text: no char below U+0085 other than the space and controls, and none above U+3000, is whitespace.
   */
  public static boolean hasText(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c > ' ' && c < '\u0085' || c > '\u3000' || !s.isBlank();
  }

  /** Same as {@code compact(s).isEmpty()}, without building the string. */
  public static boolean isBlank(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isBlankChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Removes every blank, line breaks included: {@code "全社 会"} → {@code "全社会"}. */
  public static String compact(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isBlankChar(c)) {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * The text without one final 。 or . — exactly what {@code replaceAll("[。.]$", "")} gives (where {@code $} also
   * matches before a final line terminator; of those only U+0085 survives {@link #compact}), without a regex.
   */
  public static String withoutFinalStop(String s) {
    int n = s.length();
    int last = n > 0 && isLineTerminator(s.charAt(n - 1)) ? n - 2 : n - 1;
    if (n >= 2 && s.charAt(n - 1) == '\n' && s.charAt(n - 2) == '\r') {
      last = n - 3;
    }
    if (last >= 0 && (s.charAt(last) == '。' || s.charAt(last) == '.')) {
      return s.substring(0, last) + s.substring(last + 1);
    }
    return s;
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** Trims blanks of every kind (full-width and NBSP too) from both ends. */
  public static String strip(String s) {
    if (s == null) {
      return "";
    }
    int start = 0;
    int end = s.length();
    while (start < end && isBlankChar(s.charAt(start))) {
      start++;
    }
    while (end > start && isBlankChar(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Replaces the Traditional characters of the table above with their Simplified forms. */
  public static String toSimplified(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char simp = SIMPLIFIED[s.charAt(i)];
      if (simp != 0) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, simp);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** True if the text holds at least one Traditional character of the table. */
  public static boolean hasTraditional(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (SIMPLIFIED[s.charAt(i)] != 0) {
        return true;
      }
    }
    return false;
  }

  /** Full-width ASCII forms (Ａ, １, （) to their half-width forms; the ideographic space to a space. */
  public static String toHalfWidth(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char h = c;
      if (c >= '\uff01' && c <= '\uff5e') {
        h = (char) (c - 0xfee0);
      } else if (c == '\u3000') {
        h = ' ';
      }
      if (h != c) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, h);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** The markers tables put on required columns ({@code *}, {@code ★}, {@code ※}), which header keys leave out. */
  public static boolean isHeaderMarker(char c) {
    return c == '*' || c == '★' || c == '※';
  }

  /**
   * The key a header cell is matched on: no blanks, Simplified, half-width, without the markers tables put on
   * required columns ({@code *}, {@code ★}) and without a trailing colon.
   */
  public static String headerKey(String s) {
    String k = toHalfWidth(toSimplified(compact(s)));
    StringBuilder sb = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (!isHeaderMarker(c)) {
        sb.append(c);
      }
    }
    while (sb.length() > 0 && (sb.charAt(sb.length() - 1) == ':')) {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }
}
