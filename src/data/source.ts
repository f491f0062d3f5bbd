// Where the data comes from: the bundled dataset through the embedded stand-in, or O*NET through the same-origin proxy.
// Both answer in O*NET's wire format, so both pass through the same client and normaliser.
import { dataMode, liveBaseUrl, ONET_WS_BASE } from './config'
import { DATASET_PATHS, asDatasetIndex, type DatasetIndex } from './embedded/dataset'
import { createEmbeddedFetch, memoizeDatasetLoad, type DatasetLoad } from './embedded/engine'
import { createHttpDatasetLoader } from './embedded/loader'
import { createOnetClient, type OnetClient } from './onet/client'
import { OnetError } from './onet/errors'

// Created on first use, not at import: tests install MSW first, and `window` is only read when needed.
let datasetLoader: DatasetLoad | undefined
let onetClient: OnetClient | undefined

/** Loads the bundled dataset's files (public/data/), relative to the app's base URL, each at most once. */
export function getDatasetLoader(): DatasetLoad {
  // Absolute, as fetch would resolve it, so the URL is also valid outside a browser document (Node's fetch in tests).
  // Memoized here, so the engine and the About page share one download of clusters.json.
  datasetLoader ??= memoizeDatasetLoad(
    createHttpDatasetLoader(new URL(import.meta.env.BASE_URL, document.baseURI).href),
  )
  return datasetLoader
}

export function getOnetClient(): OnetClient {
  onetClient ??=
    dataMode === 'embedded'
      ? // No throttle: the stand-in answers from memory and is not bound by O*NET's ToS.
        createOnetClient({
          baseUrl: ONET_WS_BASE,
          fetch: createEmbeddedFetch(getDatasetLoader()),
          minIntervalMs: 0,
        })
      : createOnetClient({ baseUrl: new URL(liveBaseUrl, window.location.origin).href })
  return onetClient
}

/** The bundled dataset's index (provenance for the About page), with failures typed like O*NET's. */
export async function loadDatasetIndex(): Promise<DatasetIndex> {
  let body: unknown
  try {
    body = await getDatasetLoader()(DATASET_PATHS.index)
  } catch (error) {
    throw new OnetError('network', { cause: error })
  }
  try {
    return asDatasetIndex(body)
  } catch (error) {
    throw new OnetError('malformed', { cause: error })
  }
}

/** Tests only: forget the cached loader and client, e.g. after switching fetch doubles. */
export function resetDataSourceForTests(): void {
  datasetLoader = undefined
  onetClient = undefined
}
