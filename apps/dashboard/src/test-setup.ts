// Unit and component tests: an in-memory IndexedDB (fake-indexeddb) instead of the browser's.
import 'fake-indexeddb/auto';
