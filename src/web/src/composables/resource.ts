// Loading state for one API call, with the 暂未开放 case for endpoints still being built.
import { ref, shallowRef, type Ref } from 'vue'
import { ApiError } from '../api/client'

export interface Resource<T> {
  data: Ref<T | null>
  loading: Ref<boolean>
  error: Ref<ApiError | null>
  /** the endpoint is not there yet */
  unavailable: Ref<boolean>
  load: () => Promise<T | null>
}

export function useResource<T>(fn: () => Promise<T>, initial: T | null = null): Resource<T> {
  const data = shallowRef<T | null>(initial) as Ref<T | null>
  const loading = ref(false)
  const error = shallowRef<ApiError | null>(null)
  const unavailable = ref(false)
  let seq = 0
  const load = async () => {
    const mine = ++seq
    loading.value = true
    try {
      const value = await fn()
      if (mine === seq) { data.value = value; error.value = null; unavailable.value = false }
      return value
    } catch (err) {
      if (mine === seq) {
        if (err instanceof ApiError) {
          error.value = err
          unavailable.value = err.unavailable
        } else throw err
      }
      return null
    } finally {
      if (mine === seq) loading.value = false
    }
  }
  return { data, loading, error, unavailable, load }
}
