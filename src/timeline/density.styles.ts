import { css } from 'lit';

/** The density band's canvas: in the density part, taken by the timeline when it arrives. */
export const densityStyles = css`
  canvas.density {
    position: absolute;
    top: 28px;
    left: 0;
    width: 100%;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    /* A canvas is not repainted by forced colours: it reads these system colours and draws with them. */
    canvas.density {
      color: CanvasText;
      background-color: Canvas;
    }
  }
`;
