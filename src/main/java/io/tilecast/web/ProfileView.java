package io.tilecast.web;

import io.tilecast.account.PlayerProfile;
import io.tilecast.rating.ProfileRecord;
import java.util.Map;

/** A profile as {@code GET /api/players/{id}} answers it: who the player is, their ratings and their stats. */
record ProfileView(String id, String name, int played, int won, boolean guest, boolean bot,
                   Map<String, ProfileRecord.KeyRating> ratings, ProfileRecord.Stats stats) {

    static ProfileView of(PlayerProfile profile, ProfileRecord record) {
        return new ProfileView(profile.id(), profile.name(), profile.played(), profile.won(), profile.guest(),
                profile.bot(), record.ratings(), record.stats());
    }
}
