#include "core/interop/ValueMap.h"

#include "core/common/Text.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace tansiq::interop {

namespace {

const char* const kKeys[kValueKindCount] = { "organisation", "sector", "activity-type", "project",
    "status", "modality", "population-group", "place" };

const QString kVocabularyHeader = QStringLiteral("tansiq-vocabulary");
constexpr int kVocabularyVersion = 1;

Issue badLine(const QString& what, int line, const QString& text)
{
    QStringList kinds;
    for (const char* key : kKeys)
        kinds << QString::fromLatin1(key);
    Issue issue = Issue::error(QStringLiteral("bad-value-map"), what, text,
        ValueMap::tr("Line %1 of “%2” is not a value mapping: write “kind: partner value = "
                     "code or name”, where kind is one of: %3.")
            .arg(line)
            .arg(what, kinds.join(QStringLiteral(", "))));
    issue.row = line;
    return issue;
}

} // namespace

QString valueKindKey(ValueKind kind)
{
    return QString::fromLatin1(kKeys[int(kind)]);
}

std::optional<ValueKind> valueKindFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (int k = 0; k < kValueKindCount; ++k) {
        if (wanted == QLatin1String(kKeys[k]))
            return ValueKind(k);
    }
    return std::nullopt;
}

QString valueKindLabel(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Organisation:
        return ValueMap::tr("organisation");
    case ValueKind::Sector:
        return ValueMap::tr("sector");
    case ValueKind::ActivityType:
        return ValueMap::tr("activity type");
    case ValueKind::Project:
        return ValueMap::tr("project");
    case ValueKind::Status:
        return ValueMap::tr("status");
    case ValueKind::Modality:
        return ValueMap::tr("modality");
    case ValueKind::PopulationGroup:
        return ValueMap::tr("population group");
    case ValueKind::Place:
        return ValueMap::tr("place");
    }
    return QString();
}

QString ValueMap::slot(ValueKind kind, const QString& value)
{
    return valueKindKey(kind) + QLatin1Char('\x1f') + text::foldForSearch(value);
}

void ValueMap::set(ValueKind kind, const QString& value, const ValueChoice& choice)
{
    if (text::foldForSearch(value).isEmpty())
        return;
    m_entries.insert(slot(kind, value), Entry { kind, value.trimmed(), choice });
}

const ValueChoice* ValueMap::find(ValueKind kind, const QString& value) const
{
    if (m_entries.isEmpty())
        return nullptr;
    const auto it = m_entries.constFind(slot(kind, value));
    return it == m_entries.cend() ? nullptr : &it->choice;
}

void ValueMap::merge(const ValueMap& other)
{
    for (auto it = other.m_entries.cbegin(); it != other.m_entries.cend(); ++it)
        m_entries.insert(it.key(), it.value());
}

QList<ValueMap::Entry> ValueMap::entries() const
{
    QStringList keys = m_entries.keys();
    std::sort(keys.begin(), keys.end());
    QList<Entry> out;
    out.reserve(keys.size());
    for (const QString& s : std::as_const(keys))
        out << m_entries.value(s);
    return out;
}

Result<ValueMap> parseValueMap(const QString& text, const QString& what)
{
    ValueMap map;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u';'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        const qsizetype eq = line.lastIndexOf(u'=');
        if (colon <= 0 || eq <= colon)
            return badLine(what, int(i + 1), line);
        const auto kind = valueKindFromKey(line.left(colon));
        const QString value = line.mid(colon + 1, eq - colon - 1).trimmed();
        const QString target = line.mid(eq + 1).trimmed();
        if (!kind || text::foldForSearch(value).isEmpty() || target.isEmpty())
            return badLine(what, int(i + 1), line);
        ValueChoice choice;
        if (target.compare(u"!skip", Qt::CaseInsensitive) == 0) {
            choice.action = ValueChoice::Action::Skip;
        } else if (target.compare(u"!create", Qt::CaseInsensitive) == 0) {
            if (*kind != ValueKind::Organisation && *kind != ValueKind::Project) {
                Issue issue = Issue::error(QStringLiteral("cannot-create"), what, line,
                    ValueMap::tr("Line %1 of “%2”: only organisations and projects can be "
                                 "created from a file.")
                        .arg(i + 1)
                        .arg(what));
                issue.row = int(i + 1);
                return issue;
            }
            choice.action = ValueChoice::Action::Create;
        } else {
            choice.target = target;
        }
        map.set(*kind, value, choice);
    }
    return map;
}

Result<ValueMap> parseVocabulary(const QString& text, const QString& what)
{
    QStringList lines = text.split(u'\n');
    qsizetype first = 0;
    while (first < lines.size()
        && (lines.at(first).trimmed().isEmpty() || lines.at(first).trimmed().startsWith(u';')))
        ++first;
    const QStringList header
        = first < lines.size() ? lines.at(first).simplified().split(u' ') : QStringList();
    if (header.size() != 2 || header.at(0) != kVocabularyHeader) {
        return Issue::error(QStringLiteral("not-a-vocabulary"), what, QString(),
            ValueMap::tr("“%1” is not a Tansiq vocabulary file: its first line must be “%2 %3”.")
                .arg(what, kVocabularyHeader)
                .arg(kVocabularyVersion));
    }
    if (header.at(1) != QString::number(kVocabularyVersion)) {
        return Issue::error(QStringLiteral("vocabulary-version"), what, header.at(1),
            ValueMap::tr("“%1” is a vocabulary file of version %2; this Tansiq reads version %3.")
                .arg(what, header.at(1))
                .arg(kVocabularyVersion));
    }
    lines[first] = QStringLiteral(";"); // keep line numbers for messages
    auto map = parseValueMap(lines.join(u'\n'), what);
    if (!map.ok())
        return map;
    for (const ValueMap::Entry& e : map->entries()) {
        if (e.choice.action != ValueChoice::Action::Map) {
            return Issue::error(QStringLiteral("bad-vocabulary"), what, e.value,
                ValueMap::tr("“%1”: a vocabulary file only adds spellings; “%2” must name a value.")
                    .arg(what, e.value));
        }
    }
    return map;
}

const ValueMap& bundledVocabulary()
{
    static const ValueMap vocabulary = [] {
        QFile file(QStringLiteral(":/tansiq/interop/import-vocabulary.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return ValueMap();
        const auto parsed = parseVocabulary(QString::fromUtf8(file.readAll()), file.fileName());
        Q_ASSERT(parsed.ok());
        return parsed.ok() ? *parsed : ValueMap();
    }();
    return vocabulary;
}

} // namespace tansiq::interop
