package net.wpxliff.merge;

import static net.wpxliff.merge.MergeSupport.segments;
import static net.wpxliff.merge.MergeSupport.withTarget;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A hand-written Korean translation of a few units of the seed post and of the links fixture, as a
 * translator would write it in a CAT tool (inline codes moved to where Korean word order puts them), and the
 * HTML each one must merge into.
 */
final class KoreanTranslation {
    static final String TITLE = "중국 기술 대기업, AI 개발을 위한 개방형 프로토콜 채택";
    static final String DESCRIPTION = "중국은 왜 이토록 빠르게 인공지능을 장악하려 할까? 이유는 간단하다.";
    static final String EXCERPT_HTML = "<p>전통을 깨다: 중국 기술 대기업들이 개방형 AI 프로토콜로 손잡고 글로벌 특허를"
            + " 장악하며 서구의 AI 패권에 도전한다.</p>";

    /** Seed units this translation covers; every other unit stays untranslated. */
    static final java.util.List<String> SEED_UNITS =
            java.util.List.of("title-1", "excerpt-1", "content-1", "content-3", "content-11", "content-12");

    private KoreanTranslation() {
    }

    /** The seed's XLIFF with Korean targets for {@link #SEED_UNITS}. */
    static String seed(String xliff) {
        String x = withTarget(xliff, "title-1", segments(TITLE));
        x = withTarget(x, "excerpt-1", segments("전통을 깨다:",
                "중국 기술 대기업들이 개방형 AI 프로토콜로 손잡고 글로벌 특허를 장악하며 서구의 AI 패권에 도전한다."));
        // "Why is <1>China racing</1> so fast to <2>dominate artificial intelligence</2>?": <2> comes first in Korean
        x = withTarget(x, "content-1", segments(
                "<g id=\"2\">인공지능을 장악하려고</g> <g id=\"1\">중국이 이토록 빠르게 질주하는</g> 이유는 무엇일까?",
                "이유는 간단하다.",
                "<g id=\"4\">바이두, 알리바바, 텐센트</g>(BAT)라는 <g id=\"3\">빅3</g>에 더해 화웨이와 바이트댄스까지"
                        + " AI 게임에 막대한 자금을 쏟아붓고 있다.",
                "전혀 은밀하지 않다.",
                "이 기술 대기업들은 그저 장난삼아 하는 것이 아니다. 2030년까지 세계 최고의 AI 혁신 허브가 되겠다는 목표에"
                        + " 사활을 걸고 있다."));
        x = withTarget(x, "content-3", segments(
                "한편 즈푸 AI, 문샷 AI, 바이촨 같은 새로운 ‘AI 호랑이’들이 거대 기업들을 바짝 뒤쫓고 있다.",
                "중국은 지난 10년간 <g id=\"1\">생성형 AI 특허 38,210건</g>을 출원해 미국을 크게 앞질렀다.",
                "그들은 가만히 기다리지 않는다.",
                "이미 <g id=\"3\">정부 승인</g>을 받은 117개 모델을 포함해, 중국은 2020년 이후 무려"
                        + " <g id=\"2\">79개의 LLM</g>을 출시했다.",
                "숫자가 모든 것을 말해 준다.",
                "세계지식재산기구의 최신 보고서에 따르면 2013년부터 2022년까지 전 세계 생성형 AI 특허 출원의 67%를"
                        + " 중국이 차지했다."));
        x = withTarget(x, "content-11", segments(TITLE));
        x = withTarget(x, "content-12", segments(DESCRIPTION));
        return x;
    }

    static final String SEED_PARAGRAPH_1 = "<p><strong>인공지능을 장악하려고</strong> <strong>중국이 이토록 빠르게"
            + " 질주하는</strong> 이유는 무엇일까? 이유는 간단하다. <strong>바이두, 알리바바, 텐센트</strong>(BAT)라는"
            + " <strong>빅3</strong>에 더해 화웨이와 바이트댄스까지 AI 게임에 막대한 자금을 쏟아붓고 있다. 전혀 은밀하지 않다."
            + " 이 기술 대기업들은 그저 장난삼아 하는 것이 아니다. 2030년까지 세계 최고의 AI 혁신 허브가 되겠다는 목표에"
            + " 사활을 걸고 있다.</p>";
    static final String SEED_PARAGRAPH_3 = "<p>한편 즈푸 AI, 문샷 AI, 바이촨 같은 새로운 ‘AI 호랑이’들이 거대"
            + " 기업들을 바짝 뒤쫓고 있다. 중국은 지난 10년간 <a data-wpel-link=\"external\""
            + " href=\"https://digitalstrategy-ai.com/2024/09/30/chinas-ai-strategy-key-insights-into-2025/\""
            + " rel=\"nofollow noopener external noreferrer\" target=\"_blank\">생성형 AI 특허 38,210건</a>을 출원해 미국을"
            + " 크게 앞질렀다. 그들은 가만히 기다리지 않는다. 이미 <strong>정부 승인</strong>을 받은 117개 모델을 포함해,"
            + " 중국은 2020년 이후 무려 <strong>79개의 LLM</strong>을 출시했다. 숫자가 모든 것을 말해 준다. 세계지식재산기구의"
            + " 최신 보고서에 따르면 2013년부터 2022년까지 전 세계 생성형 AI 특허 출원의 67%를 중국이 차지했다.</p>";

    /** The seed's content.rendered with exactly the translated paragraphs and JSON-LD strings replaced. */
    static String seedContent(String sourceContent) {
        String content = sourceContent;
        content = replaceOnce(content, paragraphStartingWith(content, "<p>Why is "), SEED_PARAGRAPH_1);
        content = replaceOnce(content, paragraphStartingWith(content, "<p>Meanwhile, "), SEED_PARAGRAPH_3);
        content = replaceOnce(content, "\"headline\": \"Chinese Tech Giants Adopt Open Protocol for AI Development\"",
                "\"headline\": \"" + TITLE + "\"");
        content = replaceOnce(content, "\"description\": \"Why is  China racing  so fast to  dominate artificial"
                + " intelligence ? It’s simple. They’ve got the  big three  –  Baidu, Alibaba, and Tencent  (BAT) – plus"
                + " Huawe\"", "\"description\": \"" + DESCRIPTION + "\"");
        return content;
    }

    /**
     * The links fixture's XLIFF with Korean for the units that have standalone codes and attributes: the
     * image moved to the front of its sentence, its alt and title, the line break, the abbreviation's title.
     */
    static String fixture(String xliff) {
        String x = withTarget(xliff, "content-4", segments("<x id=\"1\"/> 차트는 특허 현황을 보여 준다."));
        x = withTarget(x, "content-5", segments("국가별 AI 특허 현황 차트"));
        x = withTarget(x, "content-6", segments("2013년 이후 출원된 특허"));
        x = withTarget(x, "content-7", segments("주소 첫째 줄<x id=\"1\"/> 주소 둘째 줄."));
        x = withTarget(x, "content-9", segments("인공지능"));
        return x;
    }

    static String fixtureContent(String sourceContent) {
        String content = replaceOnce(sourceContent, "<p>The chart <img src=\"https://designcopy.net/en/wp-content/uploads/chart.png\""
                        + " alt=\"A chart of AI patents by country\" title='Patents filed since 2013' width=\"640\" height=\"360\" />"
                        + " shows the patents.</p>",
                "<p><img src=\"https://designcopy.net/en/wp-content/uploads/chart.png\" alt=\"국가별 AI 특허 현황 차트\""
                        + " title='2013년 이후 출원된 특허' width=\"640\" height=\"360\" /> 차트는 특허 현황을 보여 준다.</p>");
        content = replaceOnce(content, "<p>Line one of the address<br />\nline two of the address.</p>",
                "<p>주소 첫째 줄<br /> 주소 둘째 줄.</p>");
        content = replaceOnce(content, "<abbr title=ArtificialIntelligence>", "<abbr title=\"인공지능\">");
        return content;
    }

    static String paragraphStartingWith(String html, String start) {
        int from = html.indexOf(start);
        if (from < 0) fail("no paragraph starting with " + start);
        return html.substring(from, html.indexOf("</p>", from) + "</p>".length());
    }

    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) fail("expected exactly one \"" + from + "\" in:\n" + text);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
