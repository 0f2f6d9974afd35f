package org.glossa.documents.benchmark;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.glossa.content.control.SlugPolicy;
import org.glossa.localization.control.LocaleCatalog;
import org.glossa.localization.control.LocaleDefinition;

/**
 * What the benchmarks' seed writes in each locale: a post title, a role title and a sentence, in the locale's own
 * language and script, so that slugs are native-script where readers expect them (ar, ur, hi, ru, zh-Hans, ja, ko),
 * percent-encoded in URLs, and text is as long in bytes as it is in that script. A row's title is the locale's title
 * and the item's number; its slug is {@link SlugPolicy#slugify} of the title (what the editor proposes).
 */
final class SeedTexts {

    /** One locale's texts: post title, role title, a sentence of body text. */
    record Texts(String postTitle, String roleTitle, String sentence) {}

    static final Map<String, Texts> BY_LOCALE = Map.ofEntries(
            Map.entry(
                    "en",
                    new Texts(
                            "Notes on publishing in many languages",
                            "Software engineer",
                            "Every language deserves its own careful edition, with its own dates, plurals and script,"
                                    + " and readers notice when it gets one.")),
            Map.entry(
                    "de",
                    new Texts(
                            "Notizen zum Veröffentlichen in vielen Sprachen",
                            "Softwareentwicklerin",
                            "Jede Sprache verdient eine eigene, sorgfältige Ausgabe mit ihren Datumsformaten,"
                                    + " Pluralformen und ihrer Schrift, und Leserinnen merken, wenn sie eine bekommt.")),
            Map.entry(
                    "fr",
                    new Texts(
                            "Notes sur la publication en plusieurs langues",
                            "Ingénieure logicielle",
                            "Chaque langue mérite sa propre édition soignée, avec ses dates, ses pluriels et son"
                                    + " écriture, et les lecteurs remarquent quand elle l’obtient.")),
            Map.entry(
                    "es",
                    new Texts(
                            "Notas sobre publicar en muchos idiomas",
                            "Ingeniera de software",
                            "Cada idioma merece su propia edición cuidadosa, con sus fechas, sus plurales y su"
                                    + " escritura, y los lectores notan cuándo la recibe.")),
            Map.entry(
                    "it",
                    new Texts(
                            "Appunti sulla pubblicazione in molte lingue",
                            "Ingegnera del software",
                            "Ogni lingua merita un’edizione curata, con le sue date, i suoi plurali e la sua"
                                    + " scrittura, e chi legge se ne accorge.")),
            Map.entry(
                    "pt-BR",
                    new Texts(
                            "Notas sobre publicar em muitos idiomas",
                            "Engenheira de software",
                            "Cada idioma merece sua própria edição cuidadosa, com suas datas, seus plurais e sua"
                                    + " escrita, e os leitores percebem quando ela chega.")),
            Map.entry(
                    "nl",
                    new Texts(
                            "Aantekeningen over publiceren in vele talen",
                            "Software-engineer",
                            "Elke taal verdient een eigen, zorgvuldige editie, met eigen datums, meervouden en schrift,"
                                    + " en lezers merken het wanneer die er is.")),
            Map.entry(
                    "pl",
                    new Texts(
                            "Uwagi o publikowaniu w wielu językach",
                            "Inżynierka oprogramowania",
                            "Każdy język zasługuje na własne, staranne wydanie, z własnymi datami, liczbą mnogą i"
                                    + " pismem, a czytelnicy to zauważają.")),
            Map.entry(
                    "tr",
                    new Texts(
                            "Birçok dilde yayıncılık üzerine notlar",
                            "Yazılım mühendisi",
                            "Her dil kendi tarihleri, çoğulları ve yazısıyla özenli bir baskıyı hak eder ve okurlar"
                                    + " bunu fark eder.")),
            Map.entry(
                    "ru",
                    new Texts(
                            "Заметки о публикации на многих языках",
                            "Инженер-программист",
                            "Каждый язык заслуживает собственного бережного издания, со своими датами, формами"
                                    + " множественного числа и письмом, и читатели это замечают.")),
            Map.entry(
                    "ar",
                    new Texts(
                            "ملاحظات حول النشر بلغات كثيرة",
                            "مهندسة برمجيات",
                            "كل لغة تستحق طبعة خاصة بها معتنى بها، بتواريخها وصيغ جمعها وخطها، والقراء يلاحظون ذلك.")),
            Map.entry(
                    "ur",
                    new Texts(
                            "کئی زبانوں میں اشاعت پر نوٹس",
                            "سافٹ ویئر انجینئر",
                            "ہر زبان اپنی تاریخوں، جمع کے صیغوں اور رسم الخط کے ساتھ ایک محتاط اشاعت کی مستحق ہے، اور"
                                    + " قارئین اسے محسوس کرتے ہیں۔")),
            Map.entry(
                    "hi",
                    new Texts(
                            "कई भाषाओं में प्रकाशन पर टिप्पणियाँ",
                            "सॉफ़्टवेयर इंजीनियर",
                            "हर भाषा अपनी तारीख़ों, बहुवचनों और लिपि के साथ एक सावधान संस्करण की हक़दार है, और पाठक"
                                    + " इसे महसूस करते हैं।")),
            Map.entry("zh-Hans", new Texts("关于多语言出版的笔记", "软件工程师", "每种语言都值得拥有自己精心编辑的版本，包括日期、复数和文字，读者会注意到这一点。")),
            Map.entry("ja", new Texts("多言語での公開についてのメモ", "ソフトウェアエンジニア", "どの言語にも、日付や複数形、文字にまで気を配った版がふさわしく、読者はそれに気づきます。")),
            Map.entry(
                    "ko",
                    new Texts(
                            "여러 언어로 출판하기에 대한 노트",
                            "소프트웨어 엔지니어",
                            "모든 언어는 날짜, 복수형, 문자까지 신경 쓴 자신만의 판을 가질 자격이 있으며, 독자는 그것을 알아챕니다.")),
            Map.entry(
                    "vi",
                    new Texts(
                            "Ghi chú về xuất bản bằng nhiều ngôn ngữ",
                            "Kỹ sư phần mềm",
                            "Mỗi ngôn ngữ xứng đáng có một ấn bản riêng được chăm chút, với ngày tháng, số nhiều và"
                                    + " chữ viết của nó, và người đọc nhận ra điều đó.")));

    private SeedTexts() {}

    /**
     * A SQL {@code VALUES} list of every locale's texts, as rows of {@code (tag, post_title, post_slug,
     * post_path_segment, role_title, role_slug, sentence)}: the slugs are the titles' slugs without the item's
     * number, which the seed appends ({@code -<id>}, in the slug and, unencoded, in the path segment).
     */
    static String valuesSql(LocaleCatalog catalog) {
        List<String> tags = catalog.tags();
        for (String tag : tags) {
            if (!BY_LOCALE.containsKey(tag)) {
                throw new IllegalStateException("no seed texts for locale " + tag);
            }
        }
        return tags.stream()
                .map(tag -> {
                    LocaleDefinition locale = catalog.get(tag);
                    Texts texts = BY_LOCALE.get(tag);
                    String postSlug = SlugPolicy.slugify(texts.postTitle(), locale);
                    return "("
                            + String.join(
                                    ", ",
                                    literal(tag),
                                    literal(texts.postTitle()),
                                    literal(postSlug),
                                    literal(SlugPolicy.encodePathSegment(postSlug)),
                                    literal(texts.roleTitle()),
                                    literal(SlugPolicy.slugify(texts.roleTitle(), locale)),
                                    literal(texts.sentence()))
                            + ")";
                })
                .collect(Collectors.joining(", "));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
