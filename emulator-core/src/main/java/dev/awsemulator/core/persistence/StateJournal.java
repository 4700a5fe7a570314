package dev.awsemulator.core.persistence;

/**
 * Where a service records each change of its state before it acknowledges the change. State is kept as
 * images: an image is the whole current state of one entity (an {@code id} within a {@code scope}, e.g. a
 * message within its queue), so replaying the images in order leaves the last one of each entity. A service
 * writes while it holds the lock that guards the change, after changing its memory, so the order of images
 * per entity is the order of the changes.
 */
public interface StateJournal {

    /** Memory only: records nothing. */
    StateJournal NONE = new StateJournal() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public <T> void put(StateKind<T> kind, String scope, String id, T image) {
        }

        @Override
        public void remove(String scope, String id) {
        }

        @Override
        public void drop(String scope) {
        }
    };

    /** False when nothing is recorded, so callers need not build images for nobody. */
    boolean enabled();

    /** The current state of entity {@code id} in {@code scope}. */
    <T> void put(StateKind<T> kind, String scope, String id, T image);

    /** Entity {@code id} of {@code scope} is gone, in every kind. */
    void remove(String scope, String id);

    /** Everything in {@code scope} is gone (a deleted or purged queue, a deleted topic or stream). */
    void drop(String scope);
}
