package org.glossa.editorial.control;

import java.util.Map;
import java.util.Optional;
import org.glossa.content.entity.ItemKind;

/**
 * What {@link TranslationQueries#linkTargets} found at the slugs a body links to.
 *
 * @param live      the live page at each address that has one, and its item
 * @param known     for addresses without a live page: the item whose former slug or working version's slug it is
 * @param liveSlugs for the items in {@code known}: their live slug in each locale where they are live
 */
public record LinkTargets(
        Map<Address, ItemRef> live, Map<Address, Known> known, Map<ItemRef, Map<String, String>> liveSlugs) {

    /** An item's page address in one locale: kind, locale tag and canonical slug. */
    public record Address(ItemKind kind, String locale, String slug) {}

    public record ItemRef(ItemKind kind, long id) {}

    /**
     * The item an address without a live page belongs to.
     *
     * @param former whether it is a former slug of the item (its URL redirects while the item is live in the
     *     locale), rather than the slug of a version not published yet
     */
    public record Known(ItemRef item, boolean former) {}

    public boolean isLive(Address address) {
        return live.containsKey(address);
    }

    /** Whether the address is a former URL that redirects to its item's live page in the same locale. */
    public boolean redirects(Address address) {
        Known k = known.get(address);
        return k != null && k.former() && liveSlugOf(address, address.locale()).isPresent();
    }

    /** The live slug, in {@code locale}, of the item an address without a live page belongs to. */
    public Optional<String> liveSlugOf(Address address, String locale) {
        return Optional.ofNullable(known.get(address))
                .map(k -> liveSlugs.get(k.item()))
                .map(slugs -> slugs.get(locale));
    }
}
