// Vue's full build (runtime + template compiler) has the same API as 'vue'; it ships no types of its own.
declare module 'vue/dist/vue.esm-bundler.js' {
  export * from 'vue';
}
