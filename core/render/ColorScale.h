#pragma once

#include <QColor>
#include <QList>

namespace tansiq::render {

// Classes of values and their colours for choropleths and symbols. Counts are skewed (a few
// governorates hold most activities), so classes are quantiles rather than equal intervals;
// severity uses the five fixed OCHA classes.
class ColorScale {
public:
    static ColorScale quantiles(QList<double> values, int classes = 5);
    static ColorScale severity();

    int classCount() const { return int(m_upper.size()); }
    int classOf(double value) const;
    QColor color(double value) const { return m_colors.value(classOf(value)); }
    QColor classColor(int index) const { return m_colors.value(index); }
    double lower(int index) const { return index == 0 ? m_min : m_upper.value(index - 1); }
    double upper(int index) const { return m_upper.value(index); }
    bool isSeverity() const { return m_severity; }
    double maximum() const { return m_upper.isEmpty() ? 0 : m_upper.last(); }

private:
    QList<double> m_upper; // inclusive upper bound of each class
    QList<QColor> m_colors;
    double m_min = 0;
    bool m_severity = false;
};

} // namespace tansiq::render
