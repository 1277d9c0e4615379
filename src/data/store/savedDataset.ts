/**
 * The last dataset the user opened successfully, kept in IndexedDB so it comes back after a
 * reload. One record: the normalised GeoJSON (as a Blob) and its name. Works in the page and in
 * the data worker.
 */

const DATABASE_NAME = 'roadboard';
const STORE_NAME = 'datasets';
const RECORD_KEY = 'last-opened';

export interface SavedDataset {
  name: string;
  savedAt: string;
  geojson: Blob;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  use: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE_NAME, mode);
      const request = use(transaction.objectStore(STORE_NAME));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
    });
  } finally {
    database.close();
  }
}

/** Keeps a dataset for the next visit, replacing the one kept before. */
export async function saveDataset(name: string, geojson: Blob): Promise<void> {
  const record: SavedDataset = { name, savedAt: new Date().toISOString(), geojson };
  await withStore('readwrite', (store) => store.put(record, RECORD_KEY));
}

/** The kept dataset, or null when there is none (or IndexedDB cannot be used). */
export async function readSavedDataset(): Promise<SavedDataset | null> {
  try {
    const record = await withStore<SavedDataset | undefined>('readonly', (store) =>
      store.get(RECORD_KEY),
    );
    return record ?? null;
  } catch {
    return null;
  }
}

/** Forgets the kept dataset (the user went back to the sample county). */
export async function forgetSavedDataset(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(RECORD_KEY));
}
