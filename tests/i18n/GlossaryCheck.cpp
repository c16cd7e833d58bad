#include "tests/i18n/GlossaryCheck.h"

#include <QFile>
#include <QTextStream>

namespace tansiq::test {

namespace {

constexpr QChar kFirstStrongIsolate(0x2068);
constexpr QChar kPopDirectionalIsolate(0x2069);

QRegularExpression unicode(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// The backticked cells of a table row, with Markdown's escaped bars restored.
QStringList codeCells(const QString& line)
{
    QStringList cells;
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
    for (auto it = code.globalMatch(line); it.hasNext();)
        cells << it.next().captured(1).replace(QStringLiteral("\\|"), QStringLiteral("|"));
    return cells;
}

QString withoutAccelerator(QString text)
{
    text.remove(QLatin1Char('&'));
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

bool hasArabic(const QString& text)
{
    static const QRegularExpression arabic(QStringLiteral("[\\x{0600}-\\x{06FF}]"));
    return text.contains(arabic);
}

QString describe(const CatalogueMessage& m, const QString& text, const QString& problem)
{
    return QStringLiteral("%1 | %2 | %3 | %4").arg(m.context, m.source, text, problem);
}

} // namespace

Glossary readGlossary(const QString& path)
{
    Glossary glossary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return glossary;
    QTextStream in(&file);
    enum class Section { Other, Terms, Banned, Sense, Nouns } section = Section::Other;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(QLatin1String("## "))) {
            section = line.startsWith(QLatin1String("## Terms"))   ? Section::Terms
                : line.startsWith(QLatin1String("## Banned"))      ? Section::Banned
                : line.startsWith(QLatin1String("## Wrong sense")) ? Section::Sense
                : line.startsWith(QLatin1String("## Counted"))     ? Section::Nouns
                                                                   : Section::Other;
            continue;
        }
        if (section == Section::Other || !line.startsWith(QLatin1String("| `")))
            continue;
        const QStringList cells = codeCells(line);
        if (section == Section::Terms && cells.size() >= 2)
            glossary.terms << qMakePair(cells.at(0), cells.at(1));
        else if (section == Section::Banned && !cells.isEmpty())
            glossary.banned << unicode(cells.at(0));
        else if (section == Section::Sense && cells.size() >= 2)
            glossary.wrongSense << qMakePair(unicode(cells.at(0)), unicode(cells.at(1)));
        else if (section == Section::Nouns && !cells.isEmpty())
            glossary.countedNouns << cells.at(0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return glossary;
}

QStringList glossaryViolations(const Glossary& glossary, const QList<CatalogueMessage>& arabic)
{
    QStringList problems;
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d+|n)"));
    const QRegularExpression counted
        = unicode(QStringLiteral("%\\d+\\x{2069}? (%1)(?=[\\s،.؛:)]|$)")
                      .arg(glossary.countedNouns.join(QLatin1Char('|'))));
    for (const CatalogueMessage& m : arabic) {
        for (const QString& text : m.translations) {
            if (!hasArabic(text))
                continue; // codes and formats only ("%1: %2", "matrix.csv")
            for (const QRegularExpression& banned : glossary.banned) {
                const auto match = banned.match(text);
                if (match.hasMatch())
                    problems << describe(m, text,
                        QStringLiteral("banned «%1» (%2)")
                            .arg(match.captured(0), banned.pattern()));
            }
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                const qsizetype before = match.capturedStart() - 1;
                const qsizetype after = match.capturedEnd();
                const bool isolated = before >= 0
                    && (text.at(before) == kFirstStrongIsolate || text.at(before) == QChar(0x2066)
                        || text.at(before) == QChar(0x2067))
                    && after < text.size() && text.at(after) == kPopDirectionalIsolate;
                if (!isolated) {
                    problems << describe(m, text,
                        QStringLiteral("placeholder %1 not isolated (FSI…PDI)")
                            .arg(match.captured(0)));
                    break;
                }
            }
            for (const auto& [english, refused] : glossary.wrongSense) {
                const auto match = refused.match(text);
                if (english.match(m.source).hasMatch() && match.hasMatch())
                    problems << describe(m, text,
                        QStringLiteral("«%1» says something else here (%2)")
                            .arg(match.captured(0), english.pattern()));
            }
            if (!m.numerus && !glossary.countedNouns.isEmpty()) {
                const auto match = counted.match(text);
                if (match.hasMatch())
                    problems << describe(m, text,
                        QStringLiteral("a count with a fixed noun form «%1»: use tr(\"%n …\", "
                                       "nullptr, n) or a label")
                            .arg(match.captured(0)));
            }
        }
        if (m.numerus || m.translations.isEmpty())
            continue;
        const QString source = withoutAccelerator(m.source);
        for (const auto& [english, term] : glossary.terms) {
            if (source.compare(english, Qt::CaseInsensitive) == 0
                && withoutAccelerator(m.translations.first()) != term)
                problems << describe(m, m.translations.first(),
                    QStringLiteral("the glossary says «%1» for “%2”").arg(term, english));
        }
    }
    return problems;
}

} // namespace tansiq::test
