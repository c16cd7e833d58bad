#pragma once

#include "core/bulletin/BulletinData.h"
#include "core/bulletin/BulletinText.h"

#include <memory>

namespace tansiq::render {
struct MapScene;
}

namespace tansiq::report {

// The bulletin's two maps as scenes for the shared renderer: a choropleth of people reached
// (unique estimate) and proportional symbols of activities, at the data's admin level,
// cropped to the bulletin's area. The boundary layers are read from the bundled geodata once
// per process and kept alive by the scenes.
class BulletinMaps {
public:
    static std::shared_ptr<const render::MapScene> reached(
        const BulletinData& data, const BulletinText& text);
    static std::shared_ptr<const render::MapScene> activities(
        const BulletinData& data, const BulletinText& text);
};

} // namespace tansiq::report
